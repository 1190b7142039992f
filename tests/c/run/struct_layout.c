#include <stdio.h>
#include <stddef.h>
struct a { char c; int i; };
struct b { char c; long long ll; short s; };
struct c { char x; double d; char y; };
struct d { short s; char c; };
struct e { char c[3]; };
struct f { int i; char c; };
struct g { struct d inner; char c; long long ll; };
union u { char c; int i; long long ll; };
union v { char c[5]; short s; };
struct flex { int n; int data[]; };
int main(void) {
    printf("%d %d\n", (int)sizeof(struct a), (int)offsetof(struct a, i));
    printf("%d %d %d\n", (int)sizeof(struct b), (int)offsetof(struct b, ll), (int)offsetof(struct b, s));
    printf("%d %d %d\n", (int)sizeof(struct c), (int)offsetof(struct c, d), (int)offsetof(struct c, y));
    printf("%d %d %d %d\n", (int)sizeof(struct d), (int)sizeof(struct e), (int)sizeof(struct f), (int)sizeof(struct g));
    printf("%d %d\n", (int)offsetof(struct g, c), (int)offsetof(struct g, ll));
    printf("%d %d\n", (int)sizeof(union u), (int)sizeof(union v));
    printf("%d %d\n", (int)sizeof(struct flex), (int)_Alignof(long long));
    printf("%d %d %d\n", (int)_Alignof(struct c), (int)_Alignof(struct d), (int)_Alignof(union v));
    return 0;
}
