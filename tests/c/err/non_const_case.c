int main(void) {
    int v = 2, k = 2;
    switch (v) {
    case k: return 1;
    }
    return 0;
}
