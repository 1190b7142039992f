/* Growable byte buffers, checked allocation, CRC-32 and whole-file I/O for the hosted tools.
 * Writes are atomic (temporary file in the same directory, then rename) so that a failed or
 * interrupted write never leaves a half-written object or image behind. */
#define _POSIX_C_SOURCE 200809L  /* mkstemp, fchmod, fileno */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cktools.h"

/* --- allocation ----------------------------------------------------------------------------- */
static void out_of_memory(size_t n)
{
    fprintf(stderr, "cockpit: fatal: out of memory (allocating %zu bytes)\n", n);
    abort();
}

void *ck_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) out_of_memory(n);
    return p;
}

void *ck_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) out_of_memory(n);
    return q;
}

char *ck_xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = ck_xmalloc(n);
    memcpy(d, s, n);
    return d;
}

/* --- buffers ---------------------------------------------------------------------------------- */
void ck_buf_reserve(ck_buf *b, size_t extra)
{
    if (extra > (size_t)-1 - b->len - 1) out_of_memory((size_t)-1);
    size_t need = b->len + extra + 1;          /* +1: room for a terminating NUL in text buffers */
    if (need <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) cap = cap > (size_t)-1 / 2 ? need : cap * 2;
    b->data = ck_xrealloc(b->data, cap);
    b->cap = cap;
}

void ck_buf_put(ck_buf *b, const void *p, size_t n)
{
    if (!n) return;
    ck_buf_reserve(b, n);
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

void ck_buf_u8(ck_buf *b, uint8_t v)
{
    ck_buf_reserve(b, 1);
    b->data[b->len++] = v;
}

void ck_buf_u16(ck_buf *b, uint16_t v)
{
    uint8_t t[2] = { (uint8_t)v, (uint8_t)(v >> 8) };
    ck_buf_put(b, t, 2);
}

void ck_buf_u32(ck_buf *b, uint32_t v)
{
    uint8_t t[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24) };
    ck_buf_put(b, t, 4);
}

void ck_buf_u64(ck_buf *b, uint64_t v)
{
    ck_buf_u32(b, (uint32_t)v);
    ck_buf_u32(b, (uint32_t)(v >> 32));
}

void ck_buf_zero(ck_buf *b, size_t n)
{
    if (!n) return;
    ck_buf_reserve(b, n);
    memset(b->data + b->len, 0, n);
    b->len += n;
}

void ck_buf_free(ck_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

int ck_buf_printf(ck_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = ck_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return n;
}

int ck_buf_vprintf(ck_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap2);
    va_end(ap2);
    if (n < 0) return n;
    if ((size_t)n < sizeof small) {
        ck_buf_put(b, small, (size_t)n);
    } else {
        ck_buf_reserve(b, (size_t)n);
        vsnprintf((char *)b->data + b->len, (size_t)n + 1, fmt, ap);
        b->len += (size_t)n;
    }
    b->data[b->len] = 0;                       /* reserve always leaves room for it */
    return n;
}

/* --- CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320, as zlib's crc32) ------------------- */
static uint32_t crc_table[256];
static int crc_ready;

static void crc_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
    crc_ready = 1;
}

uint32_t ck_crc32(const uint8_t *p, size_t n)
{
    if (!crc_ready) crc_init();
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) c = crc_table[(c ^ p[i]) & 0xff] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

/* --- files -------------------------------------------------------------------------------------- */
int ck_read_file(const char *path, ck_buf *out, char *err, size_t errlen)
{
    int from_stdin = !strcmp(path, "-");
    FILE *f = from_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "cannot open '%s': %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "cannot read '%s': it is a directory", path);
        if (!from_stdin) fclose(f);
        return -1;
    }
    ck_buf b = {0};
    for (;;) {
        ck_buf_reserve(&b, 65536);
        size_t got = fread(b.data + b.len, 1, b.cap - b.len - 1, f);
        b.len += got;
        if (got == 0) break;
    }
    int bad = ferror(f);
    int e = errno;
    if (!from_stdin) fclose(f);
    if (bad) {
        snprintf(err, errlen, "cannot read '%s': %s", path, strerror(e));
        ck_buf_free(&b);
        return -1;
    }
    b.data[b.len] = 0;                         /* text inputs may rely on a terminator */
    *out = b;
    return 0;
}

int ck_write_file(const char *path, const void *p, size_t n, char *err, size_t errlen)
{
    size_t plen = strlen(path);
    char *tmp = ck_xmalloc(plen + 16);
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".tmp.XXXXXX", 12);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        snprintf(err, errlen, "cannot create '%s': %s", path, strerror(errno));
        free(tmp);
        return -1;
    }
    /* mkstemp makes the file 0600; give it the mode a plain creat() would have */
    mode_t mask = umask(0);
    umask(mask);
    (void)fchmod(fd, 0666 & ~mask);
    const uint8_t *q = p;
    size_t left = n;
    int e = 0;
    while (left) {
        ssize_t w = write(fd, q, left);
        if (w < 0) {
            if (errno == EINTR) continue;
            e = errno;
            break;
        }
        q += w;
        left -= (size_t)w;
    }
    if (!e && close(fd) != 0) e = errno;
    else if (e) close(fd);
    if (!e && rename(tmp, path) != 0) e = errno;
    if (e) {
        snprintf(err, errlen, "cannot write '%s': %s", path, strerror(e));
        unlink(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}
