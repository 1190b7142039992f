/* A bare host runner for a VM core built with other options than cockpit's (tests/softvm: the
 * soft-float build the boards without an FPU use). Usage: ckrun IMAGE.cbc
 * Output and exit status as `cockpit run IMAGE.cbc` (ck_host_run). */
#include <stdio.h>
#include <stdlib.h>

#include "ckhost.h"

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: ckrun IMAGE.cbc\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
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
    ck_host_opts o = { 0, 0, NULL, NULL };
    int rc = ck_host_run(buf, n, argv[1], &o);
    free(buf);
    return rc;
}
