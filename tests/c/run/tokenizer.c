#include <stdio.h>
#include <string.h>
enum kind { NUM, IDENT, OP, END };
struct token { enum kind k; char text[16]; };
static const char *next(const char *p, struct token *t) {
    while (*p == ' ') p++;
    int n = 0;
    if (!*p) { t->k = END; t->text[0] = 0; return p; }
    if (*p >= '0' && *p <= '9') { t->k = NUM; while (*p >= '0' && *p <= '9') t->text[n++] = *p++; }
    else if ((*p >= 'a' && *p <= 'z') || *p == '_') { t->k = IDENT; while ((*p >= 'a' && *p <= 'z') || *p == '_' || (*p >= '0' && *p <= '9')) t->text[n++] = *p++; }
    else { t->k = OP; t->text[n++] = *p++; }
    t->text[n] = 0;
    return p;
}
static int eval(const char *s) {
    struct token t; int acc = 0, sign = 1;
    for (s = next(s, &t); t.k != END; s = next(s, &t)) {
        if (t.k == NUM) { int v = 0; for (char *c = t.text; *c; c++) v = v * 10 + *c - '0'; acc += sign * v; }
        else if (t.k == OP) sign = t.text[0] == '-' ? -1 : 1;
    }
    return acc;
}
int main(void) {
    const char *src = "foo = 12 + bar_2 - 7";
    struct token t;
    for (const char *p = next(src, &t); t.k != END; p = next(p, &t)) printf("%d:%s ", t.k, t.text);
    printf("\n%d\n", eval("10 + 20 - 5 + 1"));
    return 0;
}
