/* An RPN calculator with an explicit stack of long longs, over tokens parsed from strings. */
#include "cktest.h"

static long long stack[32];
static int sp;
static int err;

static void push(long long v) { if (sp < 32) stack[sp++] = v; else err = 1; }
static long long pop(void) { if (sp > 0) return stack[--sp]; err = 2; return 0; }

static long long run(const char *s)
{
    sp = 0; err = 0;
    while (*s) {
        if (*s == ' ') { s++; continue; }
        if (*s >= '0' && *s <= '9') { long long v = 0; while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0'); push(v); continue; }
        char op = *s++;
        long long b = pop(), a = pop();
        switch (op) {
        case '+': push(a + b); break;
        case '-': push(a - b); break;
        case '*': push(a * b); break;
        case '/': if (b == 0) { err = 3; push(0); } else push(a / b); break;
        case '%': if (b == 0) { err = 3; push(0); } else push(a % b); break;
        case 'd': push(a); push(b); push(b); break;     /* dup */
        case 's': push(b); push(a); break;              /* swap */
        default: err = 4;
        }
    }
    return sp == 1 ? stack[0] : -999;
}

int main(void)
{
    static const char *const progs[] = {
        "3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 d * d * d * d *", "1000000 d * 1000 *", "7 2 s -", "10 0 /",
        "100 7 %", "1 2 3", "+", "9 3 / 2 / 5 *", "123456789 987654321 *",
    };
    long long t = 0;
    for (int i = 0; i < 11; i++) {
        long long r = run(progs[ck_opaque_i32(i)]);
        ck_print_str(progs[i]); ck_print_str(" => "); ck_print_i64(r); ck_print_str(" err="); ck_print_i32(err); ck_nl();
        t += r;
    }
    return (int)(t & 0xff);
}
