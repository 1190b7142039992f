int main(void) {
    int n = 4;
    int a[n];
    return a[0];
}
