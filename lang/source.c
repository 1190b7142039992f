/* Source files of a compilation: loaded once, NUL-terminated, and kept so that diagnostics can
 * quote the offending line. */
#include <stdio.h>
#include <string.h>

#include "cktools.h"
#include "lang.h"

static ck_source *loaded;

ck_source *ck_source_load(ck_arena *a, const char *path, char *err, size_t errlen)
{
    for (ck_source *s = loaded; s; s = s->next)
        if (!strcmp(s->path, path)) return s;
    ck_buf b = {0};
    if (ck_read_file(path, &b, err, errlen)) return NULL;
    ck_source *s = ck_arena_alloc(a, sizeof *s);
    s->path = ck_arena_strndup(a, path, strlen(path));
    size_t len = b.len;
    char *t = ck_arena_alloc(a, len + 1);
    if (len) memcpy(t, b.data, len);
    t[len] = 0;
    ck_buf_free(&b);
    s->text = t;
    s->len = len;
    s->next = loaded;
    loaded = s;
    return s;
}

const ck_source *ck_source_find(const char *path)
{
    for (ck_source *s = loaded; s; s = s->next)
        if (!strcmp(s->path, path)) return s;
    return NULL;
}

const char *ck_source_line(const char *path, unsigned line, size_t *len)
{
    const ck_source *s = path ? ck_source_find(path) : NULL;
    if (!s || line == 0) return NULL;
    const char *p = s->text, *end = s->text + s->len;
    for (unsigned l = 1; l < line; l++) {
        p = memchr(p, '\n', (size_t)(end - p));
        if (!p) return NULL;
        p++;
    }
    const char *e = memchr(p, '\n', (size_t)(end - p));
    size_t n = (size_t)((e ? e : end) - p);
    if (n && p[n - 1] == '\r') n--;
    *len = n;
    return p;
}

void ck_source_reset(void)
{
    loaded = NULL;
}
