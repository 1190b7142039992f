/* goto: backward loops, forward error exits with cleanup, jumping into a block past its start. */
#include "cktest.h"

static int parse_number(const char *s, int *out)
{
    int v = 0, any = 0;
    if (!s) goto fail;
next:
    if (*s >= '0' && *s <= '9') { v = v * 10 + (*s++ - '0'); any = 1; goto next; }
    if (*s) goto fail;
    if (!any) goto fail;
    *out = v;
    return 0;
fail:
    *out = -1;
    return 1;
}
static int steps(int n)
{
    int count = 0;
again:
    if (n == 1) goto done;
    count++;
    if (n & 1) { n = 3 * n + 1; goto again; }
    n /= 2;
    goto again;
done:
    return count;
}

int main(void)
{
    static const char *const in[] = { "123", "", "12a", "0", "99999" };
    for (int i = 0; i < 5; i++) {
        int v, e = parse_number(in[i], &v);
        ck_print_i32(e); ck_putchar(':'); ck_print_i32(v); ck_sp();
    }
    ck_nl();
    int e2, v2;
    e2 = parse_number(0, &v2);
    ck_show_i32("null", e2 * 10 + v2);
    ck_show_i32("steps27", steps(ck_opaque_i32(27)));
    int i = 0, s = 0;
    goto middle;
top:
    s += 100;
middle:
    s += i;
    if (++i < 10) goto top;
    ck_show_i32("s", s);
    return steps(97);
}
