/* Large zero-initialised globals (bss): they start as zero, are filled, and are read back. */
#include "cktest.h"

static unsigned char big[8192];
int counts[256];
long long wide[512];
struct { int a; double b; char c[10]; } recs[64];

int main(void)
{
    unsigned s = 0;
    for (int i = 0; i < 8192; i++) s += big[i];
    for (int i = 0; i < 256; i++) s += (unsigned)counts[i];
    for (int i = 0; i < 512; i++) s += (unsigned)wide[i];
    for (int i = 0; i < 64; i++) s += (unsigned)recs[i].a + (unsigned)recs[i].b + (unsigned)recs[i].c[9];
    ck_show_u32("zero", s);
    unsigned x = ck_opaque_u32(1);
    for (int i = 0; i < 8192; i++) { x = x * 1103515245u + 12345u; big[i] = (unsigned char)(x >> 23); }
    for (int i = 0; i < 8192; i++) counts[big[i]]++;
    for (int i = 0; i < 512; i++) wide[i] = (long long)i * i * i * 1000;
    for (int i = 0; i < 64; i++) { recs[i].a = i; recs[i].b = i * 0.5; recs[i].c[i % 10] = (char)i; }
    int maxc = 0, at = 0;
    for (int i = 0; i < 256; i++) if (counts[i] > maxc) { maxc = counts[i]; at = i; }
    ck_show_i32("maxc", maxc);
    ck_show_i32("at", at);
    ck_show_i64("wide", wide[511] - wide[510]);
    double bs = 0;
    int cs = 0;
    for (int i = 0; i < 64; i++) { bs += recs[i].b; for (int k = 0; k < 10; k++) cs += recs[i].c[k]; }
    ck_show_f64("bs", bs);
    ck_show_i32("cs", cs);
    return at;
}
