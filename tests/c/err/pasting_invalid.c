#define P(a, b) a ## b
int main(void) {
    int x = P(1, +);
    return x;
}
