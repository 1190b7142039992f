int main(void) {
    extern int x = 1;
    return x;
}
