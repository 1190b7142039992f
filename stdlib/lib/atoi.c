/* atoi, atol, atoll: strtol without errno or the end pointer (undefined on overflow). */
#include <stdlib.h>

int atoi(const char *s)
{
    return (int)strtol(s, NULL, 10);
}

long atol(const char *s)
{
    return strtol(s, NULL, 10);
}

long long atoll(const char *s)
{
    return strtoll(s, NULL, 10);
}
