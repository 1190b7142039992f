/* A sparse switch (compare tree / binary search) with large, negative and 64-bit case values. */
#include "cktest.h"

static int sparse(int x)
{
    switch (x) {
    case -1000000: return 1;
    case -7: return 2;
    case 0: return 3;
    case 13: return 4;
    case 100: return 5;
    case 1024: return 6;
    case 65536: return 7;
    case 99999: return 8;
    case 2147483647: return 9;
    case -2147483647 - 1: return 10;
    default: return 0;
    }
}
static int sparse64(long long x)
{
    switch (x) {
    case 0: return 1;
    case 1ll << 32: return 2;
    case (1ll << 32) + 1: return 3;
    case -1: return 4;
    case 0x7fffffffffffffffll: return 5;
    case 4294967295ll: return 6;
    case -4294967296ll: return 7;
    default: return 0;
    }
}

int main(void)
{
    static const int probes[] = { -1000000, -999999, -7, -8, 0, 1, 13, 100, 101, 1024, 65536, 65535, 99999, 2147483647,
                                  -2147483647 - 1, 42 };
    unsigned s = 0;
    for (unsigned i = 0; i < sizeof probes / sizeof probes[0]; i++) { int v = sparse(ck_opaque_i32(probes[i])); ck_print_i32(v); s = s * 3u + (unsigned)v; }
    ck_nl();
    static const long long p64[] = { 0, 1ll << 32, (1ll << 32) + 1, (1ll << 32) - 1, -1, 0x7fffffffffffffffll, -4294967296ll, 1, 2 };
    for (unsigned i = 0; i < sizeof p64 / sizeof p64[0]; i++) { int v = sparse64(ck_opaque_i64(p64[i])); ck_print_i32(v); s = s * 3u + (unsigned)v; }
    ck_nl();
    ck_show_u32("s", s);
    return s & 0xff;
}
