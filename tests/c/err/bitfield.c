struct s {
    int flag : 1;
};
int main(void) { return 0; }
