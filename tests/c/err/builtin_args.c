int main(void) {
    int r;
    return __builtin_popcount(1, 2);
}
