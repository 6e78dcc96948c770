/*
 * CReadline shim: GNU readline + history for CallSimTerminal.
 *
 * Swift 6 refuses to read or write C global variables (they are shared
 * mutable state), so every readline global the reader needs is reached
 * through a small `static inline` accessor here.
 *
 * Two kinds of helpers live in this header:
 *
 *  1. Stateless accessors (`callsim_rl_*`, `callsim_history_*`). They only
 *     touch readline's own globals and may be called from any Swift file.
 *
 *  2. Signal plumbing (`callsim_signal_*`, `callsim_wait_for_input`). These
 *     keep state in a `static` variable defined in this header. A `static`
 *     variable in a header gets ONE COPY PER OBJECT FILE that uses it, and
 *     Swift emits each Swift source file into its own object file, so these
 *     helpers MUST be called from exactly one Swift file:
 *     Sources/CallSimTerminal/ReadlineSignals.swift.
 */
#ifndef CALLSIM_CREADLINE_SHIM_H
#define CALLSIM_CREADLINE_SHIM_H

/* readline's headers use FILE without including <stdio.h> themselves. */
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

/* ------------------------------------------------------------------------
 * 1. Stateless readline accessors
 * --------------------------------------------------------------------- */

/* One-time configuration, before readline initialises: our own signal
 * handling, words split on blanks only (so completion words match
 * CompletionCatalog's idea of a word), no LINES/COLUMNS written into the
 * environment. */
static inline void callsim_rl_configure(void) {
    rl_readline_name = "callsim";
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_change_environment = 0;
    rl_basic_word_break_characters = " \t\n";
    rl_completer_word_break_characters = " \t\n";
    rl_completion_append_character = ' ';
    /* List the candidates on the first Tab when it cannot complete alone.
     * Set before readline reads ~/.inputrc, so the trainee's own settings
     * still win. */
    rl_variable_bind("show-all-if-ambiguous", "on");
}

/* Readline decodes multibyte input (Arabic, Persian, emoji) only under a
 * multibyte LC_CTYPE, and Swift programs start in the "C" locale. Adopt the
 * environment's LC_CTYPE, falling back to C.UTF-8. Call before readline
 * initialises. */
static inline void callsim_rl_adopt_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    if (MB_CUR_MAX == 1) {
        setlocale(LC_CTYPE, "C.UTF-8");
    }
}

/* Initialises readline now (reading ~/.inputrc). Readline itself applies
 * the LC_ALL / LC_CTYPE / LANG variables when set, so an explicit LANG=C
 * leaves it single-byte; then at least pass 8-bit bytes through unchanged
 * instead of turning them into Meta- keys (editing is byte-wise there). */
static inline void callsim_rl_initialize(void) {
    rl_initialize();
    if (MB_CUR_MAX == 1) {
        rl_variable_bind("input-meta", "on");
        rl_variable_bind("output-meta", "on");
        rl_variable_bind("convert-meta", "off");
    }
}

static inline void callsim_rl_set_attempted_completion_function(rl_completion_func_t *fn) {
    rl_attempted_completion_function = fn;
}

/* 1 = never fall back to readline's filename completion. */
static inline void callsim_rl_set_attempted_completion_over(int value) {
    rl_attempted_completion_over = value;
}

static inline void callsim_rl_set_completion_append_character(int value) {
    rl_completion_append_character = value;
}

/* The line being edited (not NUL-terminated at the cursor: use point). */
static inline const char *callsim_rl_line_buffer(void) {
    return rl_line_buffer;
}

static inline int callsim_rl_point(void) {
    return rl_point;
}

/* After Ctrl-C: show "^C" after the typed text, move to a new line and drop
 * everything readline knows about the abandoned line. The caller then
 * removes the callback handler, which restores the terminal. */
static inline void callsim_rl_abandon_line(void) {
    FILE *out = rl_outstream ? rl_outstream : stdout;
    rl_point = rl_end;
    rl_redisplay();
    fputs("^C", out);
    rl_crlf();
    fflush(out);
    rl_callback_sigcleanup();
    rl_free_line_state();
    rl_replace_line("", 1);
    rl_point = 0;
    rl_mark = 0;
}

/* After Ctrl-D on an empty line: leave the prompt line. */
static inline void callsim_rl_finish_line(void) {
    FILE *out = rl_outstream ? rl_outstream : stdout;
    rl_crlf();
    fflush(out);
}

/* Ctrl-Z, SIGTERM, SIGHUP while reading: hand the terminal back before the
 * signal takes effect, and take it again if the process carries on. */
static inline void callsim_rl_release_terminal(void) {
    rl_deprep_terminal();
}

static inline void callsim_rl_reclaim_terminal(void) {
    rl_prep_terminal(1);
    rl_forced_update_display();
}

static inline void callsim_rl_at_exit(void) {
    /* No-op when the terminal is not prepped. */
    rl_callback_handler_remove();
}

static inline void callsim_rl_register_at_exit(void) {
    atexit(callsim_rl_at_exit);
}

/* ------------------------------------------------------------------------
 * History accessors
 * --------------------------------------------------------------------- */

/* The newest history entry, or NULL. */
static inline const char *callsim_history_last(void) {
    if (history_length <= 0) {
        return NULL;
    }
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry ? entry->line : NULL;
}

/* ------------------------------------------------------------------------
 * 2. Signal plumbing -- ONLY from ReadlineSignals.swift (see top of file).
 *
 * The handler is async-signal-safe: it sets a volatile sig_atomic_t flag
 * and writes one byte to a non-blocking self-pipe, which wakes the poll()
 * in callsim_wait_for_input whichever thread the signal was delivered to.
 * --------------------------------------------------------------------- */

enum {
    CALLSIM_SIGNAL_INTERRUPT = 0, /* SIGINT   */
    CALLSIM_SIGNAL_RESIZE = 1,    /* SIGWINCH */
    CALLSIM_SIGNAL_SUSPEND = 2,   /* SIGTSTP  */
    CALLSIM_SIGNAL_TERMINATE = 3, /* SIGTERM  */
    CALLSIM_SIGNAL_HANGUP = 4,    /* SIGHUP   */
    CALLSIM_SIGNAL_SLOTS = 5
};

/* All signal state, as a function-local static: Swift's importer emits the
 * static inline functions it uses, but not reliably file-scope static
 * variables (tentative definitions end up as undefined symbols). */
struct callsim_signal_state {
    volatile sig_atomic_t pending[CALLSIM_SIGNAL_SLOTS];
    struct sigaction previous[CALLSIM_SIGNAL_SLOTS];
    int installed[CALLSIM_SIGNAL_SLOTS];
    int wake_read_fd;
    int wake_write_fd;
};

static inline struct callsim_signal_state *callsim_signal_state(void) {
    static struct callsim_signal_state state = { .wake_read_fd = -1, .wake_write_fd = -1 };
    return &state;
}

static inline int callsim_signal_number(int slot) {
    switch (slot) {
    case CALLSIM_SIGNAL_INTERRUPT: return SIGINT;
    case CALLSIM_SIGNAL_RESIZE: return SIGWINCH;
    case CALLSIM_SIGNAL_SUSPEND: return SIGTSTP;
    case CALLSIM_SIGNAL_TERMINATE: return SIGTERM;
    case CALLSIM_SIGNAL_HANGUP: return SIGHUP;
    default: return 0;
    }
}

static void callsim_signal_handler(int sig) {
    int saved_errno = errno;
    struct callsim_signal_state *state = callsim_signal_state();
    for (int slot = 0; slot < CALLSIM_SIGNAL_SLOTS; slot++) {
        if (callsim_signal_number(slot) == sig) {
            state->pending[slot] = 1;
        }
    }
    if (state->wake_write_fd >= 0) {
        unsigned char byte = (unsigned char)sig;
        ssize_t ignored = write(state->wake_write_fd, &byte, 1);
        (void)ignored;
    }
    errno = saved_errno;
}

static inline int callsim_signal_slot_is_valid(int slot) {
    return slot >= 0 && slot < CALLSIM_SIGNAL_SLOTS;
}

/* Creates the self-pipe once. Returns 0, or -1 with errno set. */
static inline int callsim_signal_prepare(void) {
    struct callsim_signal_state *state = callsim_signal_state();
    if (state->wake_read_fd >= 0) {
        return 0;
    }
    int fds[2];
    if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0) {
        return -1;
    }
    state->wake_read_fd = fds[0];
    state->wake_write_fd = fds[1];
    return 0;
}

/* Installs the handler for a slot, remembering the previous disposition. */
static inline int callsim_signal_install(int slot) {
    struct callsim_signal_state *state = callsim_signal_state();
    if (!callsim_signal_slot_is_valid(slot) || state->installed[slot]) {
        return 0;
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = callsim_signal_handler;
    sigemptyset(&action.sa_mask);
    /* SA_RESTART spares the rest of the program EINTR surprises; poll()
     * is never restarted, and the self-pipe wakes it anyway. */
    action.sa_flags = SA_RESTART;
    if (sigaction(callsim_signal_number(slot), &action, &state->previous[slot]) != 0) {
        return -1;
    }
    state->installed[slot] = 1;
    return 0;
}

/* Puts back the disposition saved by callsim_signal_install. */
static inline int callsim_signal_restore(int slot) {
    struct callsim_signal_state *state = callsim_signal_state();
    if (!callsim_signal_slot_is_valid(slot) || !state->installed[slot]) {
        return 0;
    }
    state->installed[slot] = 0;
    return sigaction(callsim_signal_number(slot), &state->previous[slot], NULL);
}

/* Returns 1 (and clears the flag) if the slot's signal arrived. */
static inline int callsim_signal_take(int slot) {
    struct callsim_signal_state *state = callsim_signal_state();
    if (!callsim_signal_slot_is_valid(slot) || !state->pending[slot]) {
        return 0;
    }
    state->pending[slot] = 0;
    return 1;
}

/* Re-delivers a slot's signal with its previous disposition (used for
 * SIGTERM/SIGHUP/SIGTSTP once the terminal is restored), then reinstalls
 * our handler if the process is still running. */
static inline void callsim_signal_redeliver(int slot) {
    if (!callsim_signal_slot_is_valid(slot)) {
        return;
    }
    int was_installed = callsim_signal_state()->installed[slot];
    callsim_signal_restore(slot);
    int sig = callsim_signal_number(slot);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, sig);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
    raise(sig);
    if (was_installed) {
        callsim_signal_install(slot);
    }
}

enum {
    CALLSIM_WAIT_SIGNAL = 0,  /* woken by a signal: check the flags */
    CALLSIM_WAIT_INPUT = 1,   /* fd is readable */
    CALLSIM_WAIT_HANGUP = 2,  /* fd hung up or failed: treat as end of input */
};

/* Blocks until `fd` is readable or one of our signals arrives. */
static inline int callsim_wait_for_input(int fd) {
    int wake_fd = callsim_signal_state()->wake_read_fd;
    struct pollfd fds[2];
    fds[0].fd = fd;
    fds[0].events = POLLIN;
    fds[0].revents = 0;
    fds[1].fd = wake_fd;
    fds[1].events = POLLIN;
    fds[1].revents = 0;
    int result = poll(fds, wake_fd >= 0 ? 2 : 1, -1);
    if (result < 0) {
        return errno == EINTR ? CALLSIM_WAIT_SIGNAL : CALLSIM_WAIT_HANGUP;
    }
    if (fds[1].revents & POLLIN) {
        unsigned char sink[64];
        while (read(wake_fd, sink, sizeof sink) > 0) {
        }
    }
    if (fds[0].revents & POLLIN) {
        return CALLSIM_WAIT_INPUT;
    }
    if (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)) {
        return CALLSIM_WAIT_HANGUP;
    }
    return CALLSIM_WAIT_SIGNAL;
}

#endif /* CALLSIM_CREADLINE_SHIM_H */
