/* strcoll and strxfrm in the "C" locale: byte order. */
#include <string.h>

int strcoll(const char *a, const char *b)
{
    return strcmp(a, b);
}

size_t strxfrm(char *restrict dst, const char *restrict src, size_t n)
{
    size_t len = strlen(src);
    if (len < n) memcpy(dst, src, len + 1);
    return len;
}
