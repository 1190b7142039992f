/* Fallthrough between cases: Duff's device and cumulative cases. */
#include "cktest.h"

static void duff_copy(short *to, const short *from, int count)
{
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    /* fall through */ case 7: *to++ = *from++;
    /* fall through */ case 6: *to++ = *from++;
    /* fall through */ case 5: *to++ = *from++;
    /* fall through */ case 4: *to++ = *from++;
    /* fall through */ case 3: *to++ = *from++;
    /* fall through */ case 2: *to++ = *from++;
    /* fall through */ case 1: *to++ = *from++;
            } while (--n > 0);
    }
}
static int level(int x)
{
    int r = 0;
    switch (x) {
    case 5: r += 50; /* fall through */
    case 4: r += 40; /* fall through */
    case 3: r += 30; break;
    case 2: r += 20; /* fall through */
    case 1: r += 10; /* fall through */
    default: r += 1;
    }
    return r;
}

int main(void)
{
    short src[37], dst[37];
    for (int i = 0; i < 37; i++) { src[i] = (short)(i * 3 - 50); dst[i] = 0; }
    for (int c = 1; c <= 37; c += 4) {
        duff_copy(dst, src, ck_opaque_i32(c));
        unsigned s = 0;
        for (int i = 0; i < 37; i++) s = s * 3u + (unsigned)dst[i];
        ck_print_i32(c); ck_sp(); ck_print_u32(s); ck_nl();
    }
    int t = 0;
    for (int i = -1; i < 8; i++) { int v = level(ck_opaque_i32(i)); ck_print_i32(v); ck_sp(); t += v; }
    ck_nl();
    return t & 0xff;
}
