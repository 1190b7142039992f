struct s { int a; };
int main(void) {
    int x = 1;
    struct s v = (struct s)x;
    return v.a;
}
