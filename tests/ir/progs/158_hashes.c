/* Hash functions: FNV-1a 32/64, djb2, MurmurHash3 x86_32 with its finaliser, and a SipHash-like round. */
#include "cktest.h"

static unsigned fnv1a32(const unsigned char *p, unsigned n) { unsigned h = 2166136261u; while (n--) h = (h ^ *p++) * 16777619u; return h; }
static unsigned long long fnv1a64(const unsigned char *p, unsigned n) { unsigned long long h = 0xcbf29ce484222325ull; while (n--) h = (h ^ *p++) * 0x100000001b3ull; return h; }
static unsigned djb2(const unsigned char *p, unsigned n) { unsigned h = 5381; while (n--) h = h * 33u + *p++; return h; }
static unsigned rotl(unsigned x, int r) { return (x << r) | (x >> (32 - r)); }
static unsigned murmur3(const unsigned char *p, unsigned n, unsigned seed)
{
    unsigned h = seed, k;
    const unsigned c1 = 0xcc9e2d51u, c2 = 0x1b873593u;
    unsigned i = 0;
    for (; i + 4 <= n; i += 4) {
        k = (unsigned)p[i] | (unsigned)p[i + 1] << 8 | (unsigned)p[i + 2] << 16 | (unsigned)p[i + 3] << 24;
        k *= c1; k = rotl(k, 15); k *= c2;
        h ^= k; h = rotl(h, 13); h = h * 5u + 0xe6546b64u;
    }
    k = 0;
    switch (n & 3) {
    case 3: k ^= (unsigned)p[i + 2] << 16; /* fall through */
    case 2: k ^= (unsigned)p[i + 1] << 8; /* fall through */
    case 1: k ^= p[i]; k *= c1; k = rotl(k, 15); k *= c2; h ^= k;
    }
    h ^= n;
    h ^= h >> 16; h *= 0x85ebca6bu; h ^= h >> 13; h *= 0xc2b2ae35u; h ^= h >> 16;
    return h;
}
static unsigned long long rotl64(unsigned long long x, int r) { return (x << r) | (x >> (64 - r)); }
static void sipround(unsigned long long v[4])
{
    v[0] += v[1]; v[1] = rotl64(v[1], 13); v[1] ^= v[0]; v[0] = rotl64(v[0], 32);
    v[2] += v[3]; v[3] = rotl64(v[3], 16); v[3] ^= v[2];
    v[0] += v[3]; v[3] = rotl64(v[3], 21); v[3] ^= v[0];
    v[2] += v[1]; v[1] = rotl64(v[1], 17); v[1] ^= v[2]; v[2] = rotl64(v[2], 32);
}

int main(void)
{
    static const char *const s[] = { "", "a", "ab", "abc", "abcd", "hello world", "The quick brown fox jumps over the lazy dog" };
    for (int i = 0; i < 7; i++) {
        const unsigned char *p = (const unsigned char *)s[ck_opaque_i32(i)];
        unsigned n = ck_cstrlen(s[i]);
        ck_print_x32(fnv1a32(p, n)); ck_sp(); ck_print_x64(fnv1a64(p, n)); ck_sp(); ck_print_x32(djb2(p, n)); ck_sp();
        ck_print_x32(murmur3(p, n, 0)); ck_sp(); ck_print_x32(murmur3(p, n, 0x9747b28cu)); ck_nl();
    }
    unsigned long long v[4] = { 0x736f6d6570736575ull, 0x646f72616e646f6dull, 0x6c7967656e657261ull, ck_opaque_u64(0x7465646279746573ull) };
    for (int i = 0; i < 8; i++) sipround(v);
    ck_show_x64("sip", v[0] ^ v[1] ^ v[2] ^ v[3]);
    return (int)(v[0] & 0xff);
}
