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
static inline int tillit_key_resize(void) { return KEY_RESIZE; }
static inline int tillit_err(void) { return ERR; }

/// Checks a terminal type against terminfo without touching the screen.
/// Returns 1 when known, 0 when unknown, -1 when terminfo could not be found.
static inline int tillit_probe_term(const char *term) {
    int err = 0;
    int rc = setupterm(term, -1, &err);
    if (rc == OK) {
        del_curterm(cur_term);
        return 1;
    }
    return err;
}
#endif
