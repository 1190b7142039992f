/* Shared front-end support for the Cockpit languages (lang/c, lang/rust): arena allocation,
 * interned names and the registry of loaded source files that diagnostics quote from. */
#ifndef COCKPIT_LANG_H
#define COCKPIT_LANG_H

#include <stddef.h>

/* --- arena (lang/arena.c): compiler data is allocated here and freed at once ------------------ */
typedef struct ck_arena ck_arena;
ck_arena *ck_arena_new(void);
void ck_arena_free(ck_arena *a);
void *ck_arena_alloc(ck_arena *a, size_t n);            /* zeroed, 8-aligned */
char *ck_arena_strndup(ck_arena *a, const char *s, size_t n);
char *ck_arena_printf(ck_arena *a, const char *fmt, ...);
/* Interned names: equal strings give the same pointer, so names compare with ==. */
const char *ck_intern(ck_arena *a, const char *s, size_t n);

/* --- source files (lang/source.c) ------------------------------------------------------------- */
typedef struct ck_source {
    const char *path;          /* as given / as found on the include path */
    const char *text;          /* NUL-terminated contents */
    size_t len;
    struct ck_source *next;
} ck_source;
/* Loads a file once per path (later calls return the same record); NULL with a message in err. */
ck_source *ck_source_load(ck_arena *a, const char *path, char *err, size_t errlen);
/* The source text registered for path (any file loaded through this module), or NULL. */
const ck_source *ck_source_find(const char *path);
/* Line 'line' (1-based) of a loaded file: a pointer into its text and the length without the
 * newline, or NULL. Diagnostics pass it to ck_diag_error_src for the quoted line and caret. */
const char *ck_source_line(const char *path, unsigned line, size_t *len);
void ck_source_reset(void);    /* forget every loaded file (their memory belongs to the arena) */

#endif
