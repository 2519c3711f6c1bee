// Shim for ncursesw's terminfo layer (Tillit draws its frames itself; see CursesTerminal): the
// capability look-ups, the signal descriptor and the window size, wrapped as static inline
// functions because Swift cannot call C's variadic functions or use its macros.
#ifndef TILLIT_CNCURSESW_SHIM_H
#define TILLIT_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdio.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <signal.h>
#include <unistd.h>
#include <pthread.h>
#include <sys/signalfd.h>
#include <sys/ioctl.h>
#include <langinfo.h>
#include <string.h>
#include <wchar.h>

/// Checks a terminal type against terminfo without touching the screen.
/// Returns 1 when known, 0 when unknown, -1 when terminfo could not be found, 2 when the terminal
/// cannot move its cursor (TERM=dumb): a full screen cannot be drawn there.
static inline int tillit_probe_term(const char *term) {
    int err = 0;
    int rc = setupterm(term, -1, &err);
    if (rc == OK) {
        char *cup = tigetstr("cup");
        int addressable = cup != NULL && cup != (char *)-1;
        del_curterm(cur_term);
        return addressable ? 1 : 2;
    }
    return err;
}

/// The signals the run loop reads from its signalfd.
static inline void tillit_loop_signals(sigset_t *set) {
    sigemptyset(set);
    sigaddset(set, SIGWINCH);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGHUP);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGQUIT);
}

/// Blocks the signals that end the program (so no thread dies of them) and SIGWINCH (which
/// could otherwise land on another thread and never wake the loop), and returns a signalfd that
/// reports them, for the run loop to poll beside the terminal. -1 on failure.
static inline int tillit_signal_fd(void) {
    sigset_t set;
    tillit_loop_signals(&set);
    /* SIG_SETMASK, not SIG_BLOCK: a mask inherited from whoever started us (SIGTSTP blocked, say)
       would break Ctrl-Z. */
    if (pthread_sigmask(SIG_SETMASK, &set, NULL) != 0) return -1;
    signal(SIGTSTP, SIG_DFL);
    signal(SIGCONT, SIG_DFL);
    return signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
}

/// Reads one pending signal from a signalfd; returns its number or 0.
static inline int tillit_read_signal(int fd) {
    struct signalfd_siginfo info;
    ssize_t n = read(fd, &info, sizeof info);
    return n == (ssize_t)sizeof info ? (int)info.ssi_signo : 0;
}

/// Unblocks the signals again (after the screen is closed).
static inline void tillit_unblock_signals(void) {
    sigset_t set;
    tillit_loop_signals(&set);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

/// Loads the terminal's terminfo entry for the capability look-ups below; 1 when it was found.
static inline int tillit_setupterm(const char *term) {
    int err = 0;
    return setupterm(term, 1, &err) == OK ? 1 : 0;
}

/// A string capability of the loaded entry, or NULL when the terminal has none.
static inline const char *tillit_tigetstr(const char *name) {
    char *s = tigetstr(name);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}

/// A number capability of the loaded entry (-1 when absent).
static inline int tillit_tigetnum(const char *name) { return tigetnum(name); }

/// A parametrised capability with one or two numbers (tparm is variadic, which Swift cannot call).
static inline const char *tillit_tparm2(const char *cap, int a, int b) { return tiparm(cap, a, b); }
static inline const char *tillit_tparm1(const char *cap, int a) { return tiparm(cap, a); }

/// The terminal's size in cells; 0 when it cannot be read.
static inline int tillit_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return 0;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 1;
}
#endif
