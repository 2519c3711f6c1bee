// Shim for ncursesw: Swift 6 imports neither C globals such as stdscr/COLS/LINES safely nor
// function-like macros such as A_BOLD, so they are wrapped here as static inline functions.
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

static inline WINDOW *tillit_stdscr(void) { return stdscr; }
static inline int tillit_cols(void) { return COLS; }
static inline int tillit_lines(void) { return LINES; }
static inline int tillit_colors(void) { return COLORS; }
static inline int tillit_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t tillit_a_bold(void) { return A_BOLD; }
static inline attr_t tillit_a_reverse(void) { return A_REVERSE; }
static inline attr_t tillit_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tillit_a_dim(void) { return A_DIM; }
static inline attr_t tillit_a_normal(void) { return A_NORMAL; }
static inline attr_t tillit_a_italic(void) { return A_ITALIC; }
static inline int tillit_key_code_yes(void) { return KEY_CODE_YES; }
static inline int tillit_err(void) { return ERR; }

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

/// Tells ncurses the terminal's new size (after SIGWINCH); returns 1 when it changed.
static inline int tillit_apply_window_size(void) {
    struct winsize ws;
    if (ioctl(1, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return 0;
    if (ws.ws_row == LINES && ws.ws_col == COLS) return 0;
    resize_term(ws.ws_row, ws.ws_col);
    return 1;
}

/// Makes sure the locale's character set is UTF-8 (else get_wch drops å, ä, ö); returns 1 when it is.
static inline int tillit_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *cs = nl_langinfo(CODESET);
    if (cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0)) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8")) return 1;
    return setlocale(LC_CTYPE, "en_US.UTF-8") != NULL;
}

/// Starts ncurses on the process's terminal (stdin/stdout are C globals Swift 6 will not touch).
static inline SCREEN *tillit_newterm(const char *term) { return newterm(term, stdout, stdin); }

/// Writes raw bytes to the terminal (for modes ncurses does not know, like bracketed paste).
static inline void tillit_write_raw(const char *text) { fputs(text, stdout); fflush(stdout); }

/// Writes one grapheme (up to CCHARW_MAX code points) at a position with attributes and a pair.
static inline int tillit_put(int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cc;
    if (setcchar(&cc, text, attrs, (short)pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cc);
}
#endif
