/* A table-driven state machine: a CSV parser with quoted fields, and a traffic-light controller. */
#include "cktest.h"

enum st { FIELD_START, IN_FIELD, IN_QUOTED, QUOTE_IN_QUOTED };

static int parse_csv(const char *s, int *fields, int *rows, int *maxlen)
{
    enum st state = FIELD_START;
    int len = 0;
    *fields = 0; *rows = 0; *maxlen = 0;
    for (;; s++) {
        char c = *s;
        switch (state) {
        case FIELD_START:
            if (c == '"') { state = IN_QUOTED; len = 0; break; }
            len = 0;
            state = IN_FIELD;
            /* fall through */
        case IN_FIELD:
            if (c == ',' || c == '\n' || c == 0) {
                (*fields)++;
                if (len > *maxlen) *maxlen = len;
                if (c == '\n' || c == 0) (*rows)++;
                if (c == 0) return 0;
                state = FIELD_START;
            } else len++;
            break;
        case IN_QUOTED:
            if (c == 0) return -1;
            if (c == '"') state = QUOTE_IN_QUOTED; else len++;
            break;
        case QUOTE_IN_QUOTED:
            if (c == '"') { len++; state = IN_QUOTED; }
            else { state = IN_FIELD; s--; }
            break;
        }
    }
}

static const unsigned char next_state[4] = { 1, 2, 3, 0 };
static const unsigned char duration[4] = { 5, 2, 4, 1 };

int main(void)
{
    int f, r, m;
    int e = parse_csv("a,b,c\n\"quoted, comma\",\"say \"\"hi\"\"\",x\n,,\nlast", &f, &r, &m);
    ck_print_i32(e); ck_sp(); ck_print_i32(f); ck_sp(); ck_print_i32(r); ck_sp(); ck_print_i32(m); ck_nl();
    e = parse_csv("\"unterminated", &f, &r, &m);
    ck_show_i32("err", e);
    int light = ck_opaque_i32(0), timer = duration[0];
    unsigned trace = 0;
    for (int t = 0; t < 50; t++) {
        if (--timer == 0) { light = next_state[light]; timer = duration[light]; }
        trace = trace * 5u + (unsigned)light;
    }
    ck_show_x32("trace", trace);
    return f;
}
