/* Globals initialised with addresses: pointers to globals, to array elements, to struct members. */
#include "cktest.h"

struct cfg { int a; int arr[4]; struct { short x, y; } pt; };

int target = 42;
int numbers[10] = { 0, 10, 20, 30, 40, 50, 60, 70, 80, 90 };
struct cfg config = { 7, { 1, 2, 3, 4 }, { -5, 6 } };

int *p_target = &target;
int *p_elem = &numbers[3];
int *p_end = numbers + 10;
int *p_member = &config.arr[2];
short *p_y = &config.pt.y;
struct cfg *p_cfg = &config;
int **pp = &p_elem;
static const int *const table[] = { &numbers[9], &target, &config.a, &numbers[0] };
unsigned char *p_bytes = (unsigned char *)&numbers[1];

int main(void)
{
    ck_show_i32("target", *p_target);
    ck_show_i32("elem", *p_elem);
    ck_show_i32("elem+2", p_elem[2]);
    ck_show_i32("span", (int)(p_end - p_elem));
    ck_show_i32("member", *p_member);
    ck_show_i32("y", *p_y);
    ck_show_i32("cfg.a", p_cfg->a);
    ck_show_i32("pp", **pp);
    for (int i = 0; i < 4; i++) { ck_print_i32(*table[ck_opaque_i32(i)]); ck_sp(); }
    ck_nl();
    ck_show_i32("byte", p_bytes[0]);
    *p_target += 1;
    *p_member *= 100;
    *pp = &numbers[ck_opaque_i32(8)];
    *p_y = (short)(*p_y + 1000);
    ck_show_i32("target2", target);
    ck_show_i32("arr2", config.arr[2]);
    ck_show_i32("elem2", *p_elem);
    ck_show_i32("y2", config.pt.y);
    return target;
}
