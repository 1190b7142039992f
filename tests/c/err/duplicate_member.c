struct s {
    int a;
    char a;
};
int main(void) { return 0; }
