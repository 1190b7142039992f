/* Own atoi, itoa in several bases, string reversal, palindromes and case folding. */
#include "cktest.h"

static int my_atoi(const char *s)
{
    int sign = 1, v = 0;
    while (*s == ' ') s++;
    if (*s == '-' || *s == '+') { if (*s == '-') sign = -1; s++; }
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return sign * v;
}
static void reverse(char *s, int n) { for (int i = 0, j = n - 1; i < j; i++, j--) { char t = s[i]; s[i] = s[j]; s[j] = t; } }
static int my_itoa(long long v, int base, char *out)
{
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    int n = 0;
    do { out[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (unsigned)base]; u /= (unsigned)base; } while (u);
    if (v < 0) out[n++] = '-';
    reverse(out, n);
    out[n] = 0;
    return n;
}
static int is_palindrome(const char *s)
{
    int i = 0, j = (int)ck_cstrlen(s) - 1;
    while (i < j) {
        char a = s[i], b = s[j];
        if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
        if (b >= 'A' && b <= 'Z') b = (char)(b + 32);
        if (a == ' ') { i++; continue; }
        if (b == ' ') { j--; continue; }
        if (a != b) return 0;
        i++; j--;
    }
    return 1;
}

int main(void)
{
    static const char *nums[] = { "0", "42", "-17", "  +2147483647", "-2147483647", "123abc", "" };
    int t = 0;
    for (int i = 0; i < 7; i++) { int v = my_atoi(nums[i]); ck_print_i32(v); ck_sp(); t += v % 1000; }
    ck_nl();
    char buf[80];
    static const long long vals[] = { 0, 255, -255, 1000000, -9223372036854775807ll - 1, 0x7fffffffffffffffll };
    static const int bases[] = { 2, 8, 10, 16, 36 };
    for (int i = 0; i < 6; i++) {
        for (int b = 0; b < 5; b++) { my_itoa(ck_opaque_i64(vals[i]), bases[b], buf); ck_print_str(buf); ck_sp(); }
        ck_nl();
    }
    static const char *pals[] = { "racecar", "A man a plan a canal Panama", "hello", "", "ab", "Was it a car or a cat I saw" };
    for (int i = 0; i < 6; i++) ck_print_i32(is_palindrome(pals[i]));
    ck_nl();
    return t & 0xff;
}
