/* Division and remainder by many constants over a sweep of values (strength reduction at -O2). */
#include "cktest.h"

#define DIVS(X) X(2) X(3) X(5) X(6) X(7) X(9) X(10) X(11) X(12) X(13) X(25) X(60) X(100) X(125) X(1000) X(3600) X(65537)

int main(void)
{
    unsigned h = 0;
    int x = ck_opaque_i32(-100000);
    for (int i = 0; i < 200; i++) {
#define S(d) h = h * 3u + (unsigned)(x / d) + (unsigned)(x % d) * 5u + (unsigned)(x / -d);
        DIVS(S)
#define U(d) h = h * 5u + ((unsigned)x / d##u) + ((unsigned)x % d##u);
        DIVS(U)
        x += 1013 + i * 7;
    }
    int y = ck_opaque_i32(-12345);
#define P(d) ck_print_i32(y / d); ck_sp(); ck_print_i32(y % d); ck_sp();
    DIVS(P)
    ck_nl();
    unsigned uy = ck_opaque_u32(4000000000u);
#define Q(d) ck_print_u32(uy / d##u); ck_sp(); ck_print_u32(uy % d##u); ck_sp();
    DIVS(Q)
    ck_nl();
    long long z = ck_opaque_i64(-123456789012ll);
#define R(d) ck_print_i64(z / d); ck_sp(); ck_print_i64(z % d); ck_sp();
    DIVS(R)
    ck_nl();
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}
