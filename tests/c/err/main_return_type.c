void main(void) {
}
