/* __typeof__ (C23's typeof), gcc's statement expressions and __builtin_offsetof, as the
 * type-safe macros of embedded code use them. */
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

#ifndef __COCKPIT__      /* gcc -std=c11 has only __typeof__; Cockpit C also has C23's spellings */
#define typeof __typeof__
#define typeof_unqual(e) __typeof__(+(e))
#endif

#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
#define SWAP(x, y) do { __typeof__(x) _t = (x); (x) = (y); (y) = _t; } while (0)
#define container_of(p, T, m) ((T *)((char *)(p) - __builtin_offsetof(T, m)))

struct inner { uint16_t a; uint32_t b[4]; };
struct outer { uint8_t tag; struct inner in; uint64_t big; };
struct pt { int x, y; };

_Static_assert(__builtin_offsetof(struct outer, in.b[2]) == 4 + 4 + 8, "offset of an element");
enum { BIG_AT = __builtin_offsetof(struct outer, big) };
static char at_buf[__builtin_offsetof(struct inner, b)];

static int calls;
static int next(void) { return ++calls; }
static int square(int v) { return v * v; }

int main(void)
{
    int i = 3;
    long l = -4;
    printf("%d %ld %d\n", MAX(i, 7), MAX(l, -9L), MAX(next(), next()));   /* each operand once */
    printf("calls=%d\n", calls);
    unsigned char uc = 200;
    printf("%d %zu\n", MAX(uc, (unsigned char)100), sizeof(MAX(uc, uc)));

    double d1 = 1.5, d2 = 2.5;
    SWAP(d1, d2);
    printf("%.1f %.1f\n", d1, d2);

    const int ci = 5;
    __typeof__(ci) cj = 6;                  /* const int */
    __typeof__(+ci) k = 7;              /* int: +ci is an rvalue */
    k++;
    typeof(ci) ck = 8;
    typeof_unqual(ci) cl = 9;
    cl += ck;
    printf("%d %d %d\n", cj, k, cl);
    int arr[5];
    __typeof__(arr) arr2 = {1, 2, 3};       /* int[5] */
    __typeof__(int *) p = arr2;
    __typeof__(square) *fp = square;        /* pointer to int(int) */
    __typeof(&arr[0]) q = &arr2[2];
    printf("%zu %d %d %d\n", sizeof arr2 / sizeof arr2[0], p[1], fp(9), *q);
    printf("%zu %zu\n", sizeof(__typeof__(i)), sizeof(__typeof__(struct outer)));
    __typeof__(struct pt) pts[2] = {{1, 2}, {3, 4}};
    printf("%d\n", (__typeof__(pts[0].x))2.9 + pts[1].y);

    /* statement expressions: a value, none, a struct, nested, in a condition and with jumps */
    int s = ({ int t = 0; for (int j = 1; j <= 4; j++) t += j; t; });
    ({ s += 100; (void)0; });
    ({ ; });
    struct pt r = ({ struct pt tmp = { .x = s, .y = -1 }; tmp; });
    printf("%d %d %d\n", s, r.x, r.y);
    int n = 0;
    for (int j = 0; j < 10; j++) {
        if (({ int odd = j & 1; odd; })) continue;
        if (({ j > 6; })) break;
        n += ({ int v = j; ({ v * 10; }); });
    }
    printf("n=%d\n", n);

    struct outer o = { .tag = 1, .in = { .a = 2, .b = { 5, 6, 7, 8 } }, .big = 9 };
    uint32_t *b2 = &o.in.b[2];
    struct inner *in = container_of(b2 - 2, struct inner, b);
    printf("%u %u %d %zu\n", in->a, (unsigned)in->b[3], (int)BIG_AT, sizeof at_buf);
    return 0;
}
