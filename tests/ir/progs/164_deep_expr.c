/* Deep expression trees: large unsigned expressions (no overflow UB) and a deep double expression. */
#include "cktest.h"

static unsigned f(unsigned a, unsigned b, unsigned c, unsigned d, unsigned e)
{
    return ((c + (a ^ (b + ((e + (((e * c) - 578u) & e)) + ((((c ^ c) ^ (a & d)) * ((a * 587u) | (c | e))) | (((c - d) & (356u + d)) - ((133u ^ 408u) - (d * c)))))))) * (((((b * 187u) + (e + (((d + d) + b) * ((e + a) - (b + b))))) | ((478u * (c & ((b * 541u) * (306u + 885u)))) | 531u)) & ((((((d ^ a) + (b & c)) ^ ((a | b) | (e * 491u))) | (((802u - 205u) - (c * d)) | ((29u * d) - (e * 674u)))) ^ ((744u * ((217u ^ b) * (334u ^ d))) * (((900u + e) | (796u + a)) + ((a * c) * (109u * 59u))))) * (d & ((((b * c) * (141u ^ d)) ^ ((c + 919u) - (b | 225u))) - (((d ^ 414u) * (a ^ 20u)) - ((e + e) * (808u - a))))))) + b));
}
static unsigned g(unsigned a, unsigned b, unsigned c, unsigned d, unsigned e)
{
    unsigned t = (((((((c + b) - 465u) * 428u) - (((993u ^ a) + (e & 297u)) & ((38u + e) * (b ^ 109u)))) * ((((b ^ c) & (c * a)) + 892u) + ((c & (c & 561u)) & ((b & d) + b)))) & (148u + (((874u ^ (738u + 154u)) & (914u * (832u + e))) + ((c ^ (572u + a)) + ((a + 516u) ^ (a - 486u)))))) * (((((295u + (b ^ c)) * (c * (d - e))) ^ (((a ^ 18u) - (992u - 276u)) * (e ^ (e | a)))) ^ (((d * (d * c)) * 860u) ^ (((e - d) & (a + 293u)) ^ ((c & c) * (832u + 410u))))) - (((((e & d) * (c & b)) + (a + (d * 778u))) + ((a ^ (e | a)) * ((c ^ 511u) + (e | b)))) ^ 394u)));
    return t ^ (((d + (e * ((((740u - 867u) * (a * b)) - ((642u & t) + (c - e))) * ((d + (b | b)) & ((b & t) + (t - c)))))) & ((((((b ^ b) - (e & b)) & ((150u + 56u) * (t * d))) + (((t | 765u) - (d & 340u)) | (c - (b - c)))) + (201u + (((d * t) | (d + a)) * ((c | 632u) - 707u)))) + ((d - (((136u + 188u) + 311u) * ((472u | e) * b))) & ((((74u + a) | (t + 178u)) * ((868u ^ 778u) + 301u)) - (((b ^ e) & (b - b)) & ((d + 237u) - (c | a))))))) * (((((e + ((c * t) + (839u ^ t))) & (d & ((b + a) - (d + 684u)))) * ((((d | 209u) + (434u + a)) | ((a * t) | (e + 755u))) + (((d - 812u) * (a ^ 495u)) * (705u + (b * e))))) | ((161u ^ (836u - ((c + e) + (c & d)))) * ((((d * 799u) + (410u * b)) * (e | (a + 322u))) | (d - (e * (d - b)))))) ^ (c ^ ((d * (((d + c) ^ (c + e)) & 990u)) & ((((c | a) | (a * e)) + ((c + d) | (136u | e))) - (c + b))))));
}
static double h(double x, double y, double z)
{
    return ((((((x + x) - ((x + x) + (1.25 * x))) + (((x + x) + (y + y)) - (1.25 + (y - 0.5)))) + ((((z + x) - x) + (y - (x + x))) - (((x + z) + (x * x)) - ((z - z) - (x - 1.25))))) - z) * ((((((x - x) - (x + y)) - ((1.25 + 1.25) * y)) + x) * 1.25) - ((y + ((1.25 + (y - y)) + ((x + y) + (x + x)))) * (((y - (z * z)) * ((x * x) + (y * 1.25))) + (((0.5 + 1.25) + (0.5 * x)) * 1.25)))));
}

int main(void)
{
    unsigned acc = 0;
    for (unsigned i = 0; i < 20; i++) {
        unsigned a = ck_opaque_u32(i * 2654435761u), b = ck_opaque_u32(i + 17u), c = ck_opaque_u32(0xdeadbeefu - i);
        unsigned d = ck_opaque_u32(i * i), e = ck_opaque_u32(~i);
        unsigned r = f(a, b, c, d, e), s = g(e, d, c, b, a);
        ck_print_x32(r); ck_sp(); ck_print_x32(s); ck_nl();
        acc += r ^ s;
    }
    for (int i = 0; i < 5; i++) { ck_print_f64(h(ck_opaque_f64(i * 0.3), ck_opaque_f64(1.0 - i * 0.1), ck_opaque_f64(i + 0.75))); ck_nl(); }
    ck_show_x32("acc", acc);
    return (int)(acc & 0xff);
}
