/* fwrite: to the console through io.write (the optimiser also turns fputs and fprintf with a
 * constant string into fwrite). */
#include <stdio.h>

#include <cockpit/io.h>

size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f)
{
    if (f == stdin || !size || !n) return 0;
    size_t total;
    if (__builtin_mul_overflow(size, n, &total)) return 0;
    ck_io_write(p, total);
    return n;
}
