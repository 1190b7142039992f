/* rand and srand: the additive feedback generator of glibc's default rand() (TYPE_3:
 * r[i] = r[i-3] + r[i-31] mod 2^32, seeded by r[i] = 16807 * r[i-1] mod (2^31 - 1), the first
 * 310 outputs discarded, each result r[i] >> 1), so a program prints the same numbers under the
 * VM as natively on Linux. The state is a ring of the last 34 values. */
#include <stdint.h>
#include <stdlib.h>

static uint32_t ring[34];
static unsigned head;           /* index of r[i-34], where r[i] goes */
static int seeded;

void srand(unsigned seed)
{
    int32_t r = (int32_t)(seed ? seed : 1);
    ring[0] = (uint32_t)r;
    for (int i = 1; i < 31; i++) {
        /* 16807 * r mod (2^31 - 1) without overflow (Schrage) */
        int32_t hi = r / 127773, lo = r % 127773;
        r = 16807 * lo - 2836 * hi;
        if (r < 0) r += 2147483647;
        ring[i] = (uint32_t)r;
    }
    for (int i = 31; i < 34; i++) ring[i] = ring[i - 31];
    head = 0;
    seeded = 1;
    for (int i = 34; i < 344; i++) rand();
}

int rand(void)
{
    if (!seeded) srand(1);
    /* r[i-3] is at head+31, r[i-31] at head+3 (mod 34) */
    unsigned i3 = head + 31 >= 34 ? head + 31 - 34 : head + 31;
    unsigned i31 = head + 3 >= 34 ? head + 3 - 34 : head + 3;
    uint32_t v = ring[i3] + ring[i31];
    ring[head] = v;
    head = head + 1 == 34 ? 0 : head + 1;
    return (int)(v >> 1);
}
