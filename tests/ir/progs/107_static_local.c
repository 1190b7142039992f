/* Static locals: counters that persist across calls, static arrays, a static initialised once. */
#include "cktest.h"

static int counter(void) { static int n; return ++n; }
static int counter2(void) { static int n = 100; n += 10; return n; }
static unsigned next_rand(void) { static unsigned state = 12345; state = state * 1103515245u + 12345u; return (state >> 16) & 0x7fff; }
static int history(int v)
{
    static int buf[4];
    static int pos;
    buf[pos++ & 3] = v;
    return buf[0] + buf[1] * 10 + buf[2] * 100 + buf[3] * 1000;
}
static const char *name_of(int i) { static const char *const names[] = { "zero", "one", "two" }; return names[i % 3]; }
static double running_mean(double x) { static double sum; static int n; sum += x; n++; return sum / n; }

int main(void)
{
    for (int i = 0; i < 5; i++) counter();
    ck_show_i32("counter", counter());
    counter2();
    ck_show_i32("counter2", counter2());
    for (int i = 0; i < 6; i++) { ck_print_u32(next_rand()); ck_sp(); }
    ck_nl();
    int h = 0;
    for (int i = 1; i <= 7; i++) h = history(ck_opaque_i32(i));
    ck_show_i32("history", h);
    for (int i = 0; i < 5; i++) { ck_print_str(name_of(ck_opaque_i32(i))); ck_sp(); }
    ck_nl();
    double m = 0;
    for (int i = 1; i <= 10; i++) m = running_mean(ck_opaque_f64(i * 1.5));
    ck_show_f64("mean", m);
    return counter();
}
