#include <stdio.h>
#define N 4
static void mul(int a[N][N], int b[N][N], int r[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int s = 0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            r[i][j] = s;
        }
}
int main(void) {
    int a[N][N], b[N][N], r[N][N];
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { a[i][j] = i + j; b[i][j] = i == j ? 2 : 0; }
    mul(a, b, r);
    for (int i = 0; i < N; i++) { for (int j = 0; j < N; j++) printf("%3d", r[i][j]); printf("\n"); }
    return 0;
}
