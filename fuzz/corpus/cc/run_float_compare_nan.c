#include <stdio.h>
int main(void) {
    double z = 0.0;
    double nan = z / z;
    double inf = 1.0 / z;
    printf("%d %d %d %d\n", nan == nan, nan != nan, nan < 1, nan > 1);
    printf("%d %d %d\n", inf > 1e308, -inf < -1e308, inf == inf);
    printf("%d %d\n", !nan, nan ? 1 : 0);
    float fz = 0.0f;
    printf("%d %d\n", -fz == fz, 1 / (-fz) < 0);
    return 0;
}
