#include <stdio.h>
enum state { IDLE, RUNNING, DONE };
struct machine { enum state st; int ticks; };
static void step(struct machine *m, char ev) {
    switch (m->st) {
    case IDLE: if (ev == 's') m->st = RUNNING; break;
    case RUNNING:
        m->ticks++;
        if (ev == 'x') m->st = DONE;
        break;
    case DONE: break;
    }
}
int main(void) {
    struct machine m = { IDLE, 0 };
    const char *events = "aasttttxt";
    for (const char *e = events; *e; e++) step(&m, *e);
    printf("%d %d\n", m.st, m.ticks);
    return 0;
}
