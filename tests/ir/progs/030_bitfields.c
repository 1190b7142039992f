/* C bit-fields (unsigned and signed, crossing bytes): clang lowers them to masked loads and stores. */
#include "cktest.h"

struct flags {
    unsigned a : 1;
    unsigned b : 3;
    unsigned c : 12;
    signed d : 5;
    unsigned e : 11;
    unsigned f : 7;
};

static unsigned pack(const struct flags *f) { return (unsigned)f->a | (unsigned)f->b << 1 | (unsigned)f->c << 4 | (unsigned)(f->d & 31) << 16 | (unsigned)f->e << 21; }

int main(void)
{
    struct flags f = { 0, 0, 0, 0, 0, 0 };
    unsigned h = 0;
    for (int i = 0; i < 24; i++) {
        int k = ck_opaque_i32(i);
        f.a = (unsigned)k & 1u;
        f.b = (unsigned)(k * 3) & 7u;
        f.c = (unsigned)(k * 1000 + 7) & 0xfffu;
        f.d = k % 2 ? -k % 16 : k % 16;
        f.e = (unsigned)(k * 97) & 0x7ffu;
        f.f += 13;
        f.c += 3000;   /* wraps modulo 4096 */
        ck_print_u32(f.a); ck_sp(); ck_print_u32(f.b); ck_sp(); ck_print_u32(f.c); ck_sp(); ck_print_i32(f.d); ck_sp();
        ck_print_u32(f.e); ck_sp(); ck_print_u32(f.f); ck_sp(); ck_print_x32(pack(&f)); ck_nl();
        h = h * 31u + pack(&f) + f.f;
    }
    struct flags g = f;
    g.d = -16;
    ck_show_i32("g.d", g.d);
    ck_show_i32("g.d+1", g.d + 1);
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}
