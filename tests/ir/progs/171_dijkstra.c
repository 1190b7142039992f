/* Dijkstra's shortest paths on a 16-node weighted graph in an adjacency matrix, with path recovery. */
#include "cktest.h"

#define V 16
#define INF 0x3fffffff

int main(void)
{
    static int w[V][V];
    for (int i = 0; i < V; i++) for (int j = 0; j < V; j++) w[i][j] = INF;
    unsigned s = ck_opaque_u32(4242);
    for (int i = 0; i < V; i++) {
        for (int k = 0; k < 3; k++) {
            s = s * 1103515245u + 12345u;
            int j = (int)((s >> 16) % V);
            int c = (int)((s >> 8) % 20) + 1;
            if (j != i && c < w[i][j]) { w[i][j] = c; w[j][i] = c; }
        }
        if (i + 1 < V && w[i][i + 1] == INF) { w[i][i + 1] = 50; w[i + 1][i] = 50; }
    }
    int dist[V], prev[V], done[V];
    for (int i = 0; i < V; i++) { dist[i] = INF; prev[i] = -1; done[i] = 0; }
    dist[0] = 0;
    for (int it = 0; it < V; it++) {
        int u = -1;
        for (int i = 0; i < V; i++) if (!done[i] && (u < 0 || dist[i] < dist[u])) u = i;
        if (dist[u] == INF) break;
        done[u] = 1;
        for (int v = 0; v < V; v++) if (w[u][v] < INF && dist[u] + w[u][v] < dist[v]) { dist[v] = dist[u] + w[u][v]; prev[v] = u; }
    }
    for (int i = 0; i < V; i++) { ck_print_i32(dist[i]); ck_sp(); }
    ck_nl();
    int path[V], n = 0;
    for (int v = V - 1; v >= 0; v = prev[v]) path[n++] = v;
    while (n) { ck_print_i32(path[--n]); ck_putchar(n ? '-' : '\n'); }
    return dist[V - 1] & 0xff;
}
