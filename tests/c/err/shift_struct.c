struct s { int a; } g;
int main(void) {
    return g << 1;
}
