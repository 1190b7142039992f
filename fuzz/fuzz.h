/* Helpers shared by the libFuzzer harnesses (fuzz/NAME.c; docs/testing.md, "Fuzzing").
 *
 * A harness must stay silent on bad input (the tools print their errors: that is expected, and
 * slows fuzzing down) but must never hide a crash report: ASan and UBSan write to file descriptor 2
 * directly and libFuzzer keeps its own copy of the stderr stream, so swapping the C library's
 * `stderr` variable (glibc) for a null stream around the call silences only the tools. */
#ifndef COCKPIT_FUZZ_H
#define COCKPIT_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cktools.h"
#include "cockpit/format.h"

/* A stream that discards everything (opened once per process). */
static inline FILE *fuzz_null(void)
{
    static FILE *null;
    if (!null) null = fopen("/dev/null", "w");
    if (!null) abort();
    return null;
}

/* stderr goes nowhere between quiet() and loud(), unless CK_FUZZ_VERBOSE is set (for reading what
 * the tools say about one input: CK_FUZZ_VERBOSE=1 ./fuzz/NAME FILE). */
static FILE *fuzz_saved_stderr;
static inline int fuzz_verbose(void)
{
    static int v = -1;
    if (v < 0) v = getenv("CK_FUZZ_VERBOSE") && *getenv("CK_FUZZ_VERBOSE");
    return v;
}
static inline void quiet(void)
{
    fuzz_saved_stderr = stderr;
    if (!fuzz_verbose()) stderr = fuzz_null();
}
static inline void loud(void)
{
    stderr = fuzz_saved_stderr;
}
/* Diagnostics captured with ck_diag_capture: shown in verbose mode. */
static inline void fuzz_show(const ck_buf *diags)
{
    if (fuzz_verbose() && diags->len) fprintf(stderr, "%s", (const char *)diags->data);
}

/* A property that must hold: prints what broke and aborts, which libFuzzer reports as a crash and
 * saves the input. */
#define FUZZ_CHECK(cond, ...)                                                              \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            loud();                                                                        \
            fprintf(stderr, "fuzz: %s:%d: property failed: %s\n  ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                                  \
            fputc('\n', stderr);                                                           \
            abort();                                                                       \
        }                                                                                  \
    } while (0)

/* Objects and images carry their total size (offset 8) and a CRC-32 of bytes [16, size) (offset 12):
 * random mutations would almost never get past that check, so the harnesses that read containers
 * make both right on a private copy first (the size and CRC checks themselves are covered by the
 * unit tests). The copy is malloc'd to exactly n bytes, so ASan sees any read past the end. */
static inline uint8_t *fuzz_fixed_copy(const uint8_t *data, size_t n)
{
    uint8_t *p = malloc(n ? n : 1);
    if (!p) abort();
    if (n) memcpy(p, data, n);
    if (n >= CK_HDR_SIZE) {
        ck_put32(p + 8, (uint32_t)n);
        ck_put32(p + 12, ck_crc32(p + 16, n - 16));
    }
    return p;
}

#endif
