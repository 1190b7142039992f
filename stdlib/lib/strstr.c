/* strstr: first-byte scan then compare; O(n*m) in the worst case, which short needles (the
 * usual use on a microcontroller) never approach. */
#include <string.h>

char *strstr(const char *hay, const char *needle)
{
    char c = needle[0];
    if (!c) return (char *)hay;
    size_t n = strlen(needle + 1);
    for (; (hay = strchr(hay, c)) != NULL; hay++)
        if (!strncmp(hay + 1, needle + 1, n)) return (char *)hay;
    return NULL;
}
