#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

/* Wide-character ncurses: these must come before curses.h or get_wch,
   wint_t and cchar_t are not declared. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects the C globals stdscr/LINES/COLS; read them through getters. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }

/* Attribute macros are not imported into Swift. */
static inline int cn_attr_normal(void) { return (int)A_NORMAL; }
static inline int cn_attr_bold(void) { return (int)A_BOLD; }
static inline int cn_attr_reverse(void) { return (int)A_REVERSE; }
static inline int cn_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int cn_attr_dim(void) { return (int)A_DIM; }
static inline int cn_color_pair(int n) { return (int)COLOR_PAIR(n); }

/* Decoded key read: returns 0 for a character (in *ch), 1 for a function key
   (in *ch), -1 for no input (timeout) or error. */
static inline int cn_read_key(unsigned int *ch) {
    wint_t w = 0;
    int rc = get_wch(&w);
    *ch = (unsigned int)w;
    if (rc == OK) return 0;
    if (rc == KEY_CODE_YES) return 1;
    return -1;
}

/* Signals become a flag that the event loop polls; the loop then restores
   the terminal on its normal path. */
static volatile sig_atomic_t cn_signal_flag = 0;
static inline void cn_signal_handler(int sig) { cn_signal_flag = sig; }
static inline void cn_install_signal_handlers(void) {
    struct sigaction sa;
    sa.sa_handler = cn_signal_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}
static inline int cn_pending_signal(void) { return (int)cn_signal_flag; }

/* Last line of defence: if the process exits without closing curses. */
static inline void cn_atexit_endwin(void) { if (!isendwin()) endwin(); }
static inline void cn_register_atexit(void) { atexit(cn_atexit_endwin); }

static inline int cn_key_f(int n) { return KEY_F0 + n; }

/* The mouse: presses of the first button and the wheel (buttons 4 and 5), reported
   at once (no click interval). */
static inline void cn_enable_mouse(void) {
    mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}
static inline int cn_key_mouse(void) { return KEY_MOUSE; }
/* Reads the pending mouse event: 1 (first button), 4 (wheel up), 5 (wheel down),
   0 for anything else, -1 when there is none. */
static inline int cn_get_mouse(int *x, int *y) {
    MEVENT e;
    if (getmouse(&e) != OK) return -1;
    *x = e.x; *y = e.y;
    if (e.bstate & BUTTON4_PRESSED) return 4;
#ifdef BUTTON5_PRESSED
    if (e.bstate & BUTTON5_PRESSED) return 5;
#endif
    if (e.bstate & BUTTON1_PRESSED) return 1;
    return 0;
}

#endif
