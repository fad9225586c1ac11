/* Restores the terminal when the process dies of a fatal signal.

   The handler runs on its own stack (a stack overflow leaves none), uses only
   async-signal-safe calls (write, tcsetattr, sigaction, raise), writes the
   sequences that leave the alternate screen, show the cursor, reset colours
   and stop mouse reports, puts back the terminal settings found at start,
   then reinstates the previous handler (the Swift runtime's crash report) and
   returns, so that the fault happens again and is reported as usual. */
#define _GNU_SOURCE
#include "termguard.h"
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static int saved_termios_ok = 0;
static struct sigaction previous_actions[65];
static char alt_stack[1 << 16];
static const int fatal_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };

static void restore_terminal(void) {
    static const char reset[] =
        "\033[0m\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?25h\033[?1049l\r\n";
    int fd = isatty(STDOUT_FILENO) ? STDOUT_FILENO : STDERR_FILENO;
    ssize_t ignored = write(fd, reset, sizeof reset - 1);
    (void)ignored;
    if (saved_termios_ok) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_termios);
}

static void fatal_handler(int sig) {
    restore_terminal();
    if (sig > 0 && sig < 65) sigaction(sig, &previous_actions[sig], NULL);
    else signal(sig, SIG_DFL);
    /* A fault re-executes and reaches the previous handler; abort() needs a new raise. */
    if (sig == SIGABRT) raise(sig);
}

void termguard_install(void) {
    if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) saved_termios_ok = 1;
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_sp = alt_stack;
    ss.ss_size = sizeof alt_stack;
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fatal_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    for (unsigned i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++) {
        int sig = fatal_signals[i];
        sigaction(sig, &sa, &previous_actions[sig]);
    }
}

void termguard_crash_for_test(void) { __builtin_trap(); }
