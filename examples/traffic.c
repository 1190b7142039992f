/* A small state machine: a pedestrian crossing controller driven by a timer tick and a button.
 * Each state has a minimum time; the button only counts while the cars have green. */
#include <stdio.h>

typedef enum { CARS_GREEN, CARS_YELLOW, ALL_RED, WALK, WALK_BLINK } state;

static const char *const names[] = { "cars-green", "cars-yellow", "all-red", "walk", "walk-blink" };
static const int min_ticks[] = { 8, 3, 1, 6, 4 };

typedef struct crossing {
    state s;
    int ticks;          /* in the current state */
    int request;        /* a pedestrian pressed the button */
    int cycles;         /* completed pedestrian phases */
} crossing;

static void enter(crossing *c, state s, int now)
{
    c->s = s;
    c->ticks = 0;
    printf("t=%2d %s\n", now, names[s]);
}

static void tick(crossing *c, int button, int now)
{
    if (button && c->s == CARS_GREEN) c->request = 1;
    c->ticks++;
    if (c->ticks < min_ticks[c->s]) return;
    switch (c->s) {
    case CARS_GREEN:
        if (c->request) enter(c, CARS_YELLOW, now);
        break;
    case CARS_YELLOW: enter(c, ALL_RED, now); break;
    case ALL_RED: enter(c, WALK, now); break;
    case WALK: enter(c, WALK_BLINK, now); break;
    case WALK_BLINK:
        c->request = 0;
        c->cycles++;
        enter(c, CARS_GREEN, now);
        break;
    }
}

int main(void)
{
    /* button presses at these ticks */
    static const int presses[] = { 2, 5, 30, 31, 47 };
    crossing c = { CARS_GREEN, 0, 0, 0 };
    unsigned next = 0;
    printf("t= 0 %s\n", names[c.s]);
    for (int t = 1; t <= 60; t++) {
        int button = next < sizeof presses / sizeof presses[0] && presses[next] == t;
        if (button) next++;
        tick(&c, button, t);
    }
    printf("%d pedestrian phases\n", c.cycles);
    return 0;
}
