/* <string.h>: every function, edge cases included (empty strings, n = 0, bytes above 127,
 * overlapping memmove). Compared with glibc. */
#define _POSIX_C_SOURCE 200809L     /* glibc: strdup, strndup, strnlen, stpcpy, strtok_r */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int sign(int v)
{
    return v < 0 ? -1 : v > 0;
}

static void show(const char *what, const char *s)
{
    printf("%s: [%s]\n", what, s ? s : "(null)");
}

int main(void)
{
    char buf[64], buf2[64];
    unsigned char hi[4] = { 0x80, 0xFF, 0x01, 0 };

    /* mem* */
    memset(buf, 'x', sizeof buf);
    memcpy(buf, "hello, world", 13);
    show("memcpy", buf);
    memmove(buf + 2, buf, 10);
    show("memmove up", buf);
    memmove(buf, buf + 4, 9);
    show("memmove down", buf);
    memset(buf, 0, 0);
    memset(buf + 3, '-', 4);
    show("memset", buf);
    printf("memcmp %d %d %d %d %d\n", sign(memcmp("abc", "abd", 3)), sign(memcmp("abd", "abc", 3)),
           sign(memcmp("abc", "abc", 3)), memcmp("a", "b", 0), sign(memcmp(hi, "\x01", 1)));
    printf("memchr %d %d %d\n", memchr("abcdef", 'd', 6) != NULL, memchr("abcdef", 'z', 6) == NULL,
           memchr("abcdef", 'f', 5) == NULL);
    {
        const char *s = "abcdef";
        printf("memchr offset %d, high byte %d\n", (int)((const char *)memchr(s, 'e', 6) - s),
               (int)((unsigned char *)memchr(hi, 0xFF, 3) - hi));
    }

    /* lengths and comparisons */
    printf("strlen %zu %zu %zu\n", strlen(""), strlen("a"), strlen("hello world"));
    printf("strnlen %zu %zu %zu\n", strnlen("hello", 3), strnlen("hello", 10), strnlen("", 5));
    printf("strcmp %d %d %d %d %d\n", sign(strcmp("abc", "abd")), sign(strcmp("abc", "ab")),
           sign(strcmp("", "")), sign(strcmp("", "a")), sign(strcmp((char *)hi, "a")));
    printf("strncmp %d %d %d %d\n", sign(strncmp("abcx", "abcy", 3)), sign(strncmp("abcx", "abcy", 4)),
           strncmp("a", "b", 0), sign(strncmp("ab", "abc", 5)));
    printf("strcoll %d\n", sign(strcoll("apple", "banana")));
    printf("strxfrm %zu ", strxfrm(buf, "xfrm", sizeof buf));
    show("", buf);

    /* copies */
    show("strcpy", strcpy(buf, "copy me"));
    printf("stpcpy end %d\n", (int)(stpcpy(buf, "12345") - buf));
    memset(buf, '#', 12);
    strncpy(buf, "abc", 8);
    printf("strncpy pads: %d %d %d %c\n", buf[3], buf[7], buf[8] == '#', buf[2]);
    strncpy(buf, "abcdefgh", 4);
    printf("strncpy truncates: %c%c%c%c %d\n", buf[0], buf[1], buf[2], buf[3], buf[4]);
    strcpy(buf, "foo");
    show("strcat", strcat(buf, "bar"));
    show("strcat empty", strcat(buf, ""));
    show("strncat", strncat(buf, "bazqux", 3));
    show("strncat more", strncat(buf, "!", 10));

    /* searches */
    const char *s = "the quick brown fox";
    show("strchr", strchr(s, 'q'));
    show("strchr nul", strchr(s, 0) == s + strlen(s) ? "end" : "wrong");
    show("strchr none", strchr(s, 'z'));
    show("strrchr", strrchr(s, 'o'));
    show("strrchr none", strrchr(s, 'Z'));
    show("strstr", strstr(s, "brown"));
    show("strstr empty", strstr(s, ""));
    show("strstr none", strstr(s, "browne"));
    show("strstr prefix", strstr("aaab", "aab"));
    printf("strspn %zu %zu %zu\n", strspn("aabbcxyz", "abc"), strspn("xyz", "abc"), strspn("", "a"));
    printf("strcspn %zu %zu %zu\n", strcspn("hello, world", ", "), strcspn("abc", "xyz"), strcspn("abc", ""));
    show("strpbrk", strpbrk(s, "xkq"));
    show("strpbrk none", strpbrk(s, "XYZ"));

    /* tokens */
    strcpy(buf, "  alpha,beta;;gamma , delta ");
    for (char *t = strtok(buf, " ,;"); t; t = strtok(NULL, " ,;")) show("strtok", t);
    strcpy(buf2, "a=1&b=2&&c=3");
    char *save, *t;
    for (t = strtok_r(buf2, "&", &save); t; t = strtok_r(NULL, "&", &save)) show("strtok_r", t);
    strcpy(buf, ";;;");
    show("strtok only delims", strtok(buf, ";"));

    /* allocation */
    char *d = strdup("duplicate");
    show("strdup", d);
    free(d);
    d = strndup("duplicate", 3);
    show("strndup", d);
    free(d);
    d = strndup("ab", 10);
    show("strndup short", d);
    free(d);

    /* errors */
    show("strerror 0", strerror(0));
    show("strerror ERANGE", strerror(34));
    show("strerror EINVAL", strerror(22));
    show("strerror ENOMEM", strerror(12));
    show("strerror EDOM", strerror(33));

    /* a larger memmove and memcmp */
    static unsigned char big[1000];
    for (int i = 0; i < 1000; i++) big[i] = (unsigned char)(i * 7);
    memmove(big + 1, big, 999);
    memmove(big, big + 3, 997);
    unsigned sum = 0;
    for (int i = 0; i < 1000; i++) sum = sum * 31 + big[i];
    printf("big memmove checksum %u\n", sum);
    return 0;
}
