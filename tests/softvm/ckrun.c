/* A bare host runner for a VM core built with other options than cockpit's (tests/softvm: the
 * soft-float build the boards without an FPU use, the tiny VM). Usage: ckrun [--budget N] [--mem N]
 * IMAGE.cbc (--mem takes a K or M suffix, as cockpit run's). Output and exit status as
 * `cockpit run IMAGE.cbc` with the same options (ck_host_run). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ckhost.h"

/* A positive number with an optional K or M suffix; 0 if it is not one. */
static unsigned long long number(const char *s)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (*end == 'K' || *end == 'M') v <<= *end++ == 'K' ? 10 : 20;
    return end == s || *end ? 0 : v;
}

int main(int argc, char **argv)
{
    ck_host_opts o = { 0, 0, NULL, NULL };
    int i = 1;
    for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
        unsigned long long v = number(argv[i + 1]);
        if (!strcmp(argv[i], "--budget") && v) o.budget = v;
        else if (!strcmp(argv[i], "--mem") && v >= 1024 && v <= 0x40000000u) o.mem_size = (uint32_t)v;
        else break;
    }
    if (i != argc - 1) {
        fprintf(stderr, "usage: ckrun [--budget N] [--mem N] IMAGE.cbc\n");
        return 2;
    }
    FILE *f = fopen(argv[i], "rb");
    if (!f) {
        perror(argv[i]);
        return 2;
    }
    size_t cap = 1 << 16, n = 0, got;
    unsigned char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    if (!buf) {
        fprintf(stderr, "ckrun: out of memory\n");
        return 2;
    }
    int rc = ck_host_run(buf, n, argv[i], &o);
    free(buf);
    return rc;
}
