/* Initialised globals of every scalar type, arrays, and their mutation from several functions. */
#include "cktest.h"

signed char g_c = -5;
unsigned char g_uc = 250;
short g_s = -1234;
unsigned short g_us = 54321;
int g_i = -123456789;
unsigned g_u = 4000000000u;
long long g_ll = -1234567890123ll;
unsigned long long g_ull = 18000000000000000000ull;
float g_f = 1.5f;
double g_d = -2.25e-10;
_Bool g_b = 1;
int g_arr[8] = { 1, 1, 2, 3, 5, 8, 13, 21 };
int g_zero[8];
static int s_partial[6] = { 9, 8 };

static void bump(void) { g_c--; g_uc = (unsigned char)(g_uc + 10); g_s = (short)(g_s * 2); g_us++; g_i /= 3; g_u += 500000000u; g_ll *= -2; g_ull += 1; }

int main(void)
{
    ck_print_i32(g_c); ck_sp(); ck_print_u32(g_uc); ck_sp(); ck_print_i32(g_s); ck_sp(); ck_print_u32(g_us); ck_sp();
    ck_print_i32(g_i); ck_sp(); ck_print_u32(g_u); ck_sp(); ck_print_i64(g_ll); ck_sp(); ck_print_u64(g_ull); ck_sp();
    ck_print_f32(g_f); ck_sp(); ck_print_f64(g_d); ck_sp(); ck_print_i32(g_b); ck_nl();
    bump();
    bump();
    ck_print_i32(g_c); ck_sp(); ck_print_u32(g_uc); ck_sp(); ck_print_i32(g_s); ck_sp(); ck_print_u32(g_us); ck_sp();
    ck_print_i32(g_i); ck_sp(); ck_print_u32(g_u); ck_sp(); ck_print_i64(g_ll); ck_sp(); ck_print_u64(g_ull); ck_nl();
    int s = 0;
    for (int i = 0; i < 8; i++) { s += g_arr[i] * (i + 1); g_zero[i] += g_arr[7 - i]; }
    for (int i = 0; i < 8; i++) s += g_zero[i] * i;
    for (int i = 0; i < 6; i++) s += s_partial[i] * (i + 3);
    ck_show_i32("s", s);
    return s & 0xff;
}
