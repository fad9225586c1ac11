#ifndef CONCORD_TERMGUARD_H
#define CONCORD_TERMGUARD_H

/* A crash (a Swift trap is SIGILL or SIGTRAP; a bad pointer or a stack
   overflow SIGSEGV or SIGBUS; abort() SIGABRT) must not leave the terminal in
   the alternate screen with echo off. */

/* Call before the terminal is switched to curses mode: remembers its settings
   and installs handlers for the fatal signals. */
void termguard_install(void);

/* For the end-to-end test of the handler: a real trap, as a Swift runtime
   error makes. */
void termguard_crash_for_test(void);

#endif
