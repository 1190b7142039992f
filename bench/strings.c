/* String handling without a C library: number formatting and parsing, copying, comparing,
 * searching, case folding and splitting a line into words, as a command shell or logger does. */
#include "bench.h"

#ifndef REPS
#ifdef SMALL
#define REPS 20
#else
#define REPS 15000
#endif
#endif

static u32 str_len(const char *s)
{
    u32 n = 0;
    while (s[n]) n++;
    return n;
}

static char *str_cpy(char *d, const char *s)
{
    char *r = d;
    while ((*d++ = *s++)) { }
    return r;
}

static char *str_cat(char *d, const char *s)
{
    str_cpy(d + str_len(d), s);
    return d;
}

static int str_cmp(const char *a, const char *b)
{
    while (*a && *a == *b) { a++; b++; }
    return (int)(u8)*a - (int)(u8)*b;
}

/* index of the first occurrence of n in h, or -1 */
static int str_find(const char *h, const char *n)
{
    for (int i = 0; h[i]; i++) {
        const char *p = h + i, *q = n;
        while (*p && *p == *q) { p++; q++; }
        if (!*q) return i;
    }
    return *n ? -1 : 0;
}

static char *utoa(u32 v, char *buf)
{
    char tmp[12];
    int n = 0;
    do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    char *p = buf;
    while (n) *p++ = tmp[--n];
    *p = 0;
    return buf;
}

static u32 atou(const char **s)
{
    u32 v = 0;
    while (**s >= '0' && **s <= '9') v = v * 10 + (u32)(*(*s)++ - '0');
    return v;
}

static void upcase(char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z') *s = (char)(*s - 'a' + 'A');
}

static const char *const words[] = {
    "set", "get", "led", "motor", "speed", "temp", "status", "reset", "uart", "baud",
    "pwm", "duty", "adc", "channel", "gain", "offset",
};
#define NWORDS (sizeof words / sizeof words[0])

static char line[256], copy[256], num[16];

int main(void)
{
    u32 seed = 0x5EEDu * bench_one, sum = 0;
    for (u32 r = 0; r < REPS; r++) {
        /* build a command line: "word word 123 word 45 ..." */
        line[0] = 0;
        for (int w = 0; w < 12; w++) {
            u32 x = bench_rand(&seed);
            str_cat(line, words[x % NWORDS]);
            str_cat(line, " ");
            if (x & 0x100) {
                str_cat(line, utoa(x >> 20, num));
                str_cat(line, " ");
            }
        }
        str_cpy(copy, line);
        upcase(copy);
        sum += str_len(line) + (u32)(str_cmp(line, copy) > 0);
        /* split into words: numbers are summed, keywords are looked up */
        const char *p = line;
        while (*p) {
            while (*p == ' ') p++;
            if (!*p) break;
            if (*p >= '0' && *p <= '9') { sum += atou(&p); continue; }
            char word[16];
            int n = 0;
            while (*p && *p != ' ' && n < 15) word[n++] = *p++;
            word[n] = 0;
            for (u32 k = 0; k < NWORDS; k++)
                if (!str_cmp(word, words[k])) { sum += k * 3 + 1; break; }
        }
        sum = sum * 31u + (u32)str_find(line, "speed");
        sum = sum * 31u + (u32)str_find(copy, "CHANNEL 1");
    }
    bench_result("strings", sum);
    return 0;
}
