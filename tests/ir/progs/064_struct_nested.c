/* Nested structs with arrays inside, copied, passed and returned as a whole. */
#include "cktest.h"

struct inner { short id; unsigned char flags[3]; int vals[4]; };
struct outer { struct inner in[3]; long long total; struct { int x, y; } pos; char name[8]; };

static struct outer build(int seed)
{
    struct outer o;
    o.total = 0;
    for (int i = 0; i < 3; i++) {
        o.in[i].id = (short)(seed + i);
        for (int j = 0; j < 3; j++) o.in[i].flags[j] = (unsigned char)(seed * 7 + i * 3 + j);
        for (int j = 0; j < 4; j++) { o.in[i].vals[j] = seed * (i + 1) - j * 11; o.total += o.in[i].vals[j]; }
    }
    o.pos.x = seed; o.pos.y = -seed;
    for (int i = 0; i < 7; i++) o.name[i] = (char)('a' + (seed + i) % 26);
    o.name[7] = 0;
    return o;
}
static long long score(struct outer o)
{
    long long s = o.total + o.pos.x * 3 + o.pos.y;
    for (int i = 0; i < 3; i++) s += o.in[i].id * o.in[i].flags[i] + o.in[i].vals[3 - i];
    return s;
}
static struct inner pick(const struct outer *o, int i) { return o->in[i]; }

int main(void)
{
    struct outer a = build(ck_opaque_i32(5)), b;
    b = a;
    b.in[1].vals[2] = 1000;
    b.pos.y = 77;
    ck_show_i64("score_a", score(a));
    ck_show_i64("score_b", score(b));
    struct inner in = pick(&b, 1);
    ck_show_i32("in", in.id + in.flags[0] + in.vals[2]);
    ck_puts(a.name);
    struct outer arr[4];
    for (int i = 0; i < 4; i++) arr[i] = build(i * 3);
    long long t = 0;
    for (int i = 0; i < 4; i++) t += score(arr[i]);
    ck_show_i64("t", t);
    return (int)(t & 0xff);
}
